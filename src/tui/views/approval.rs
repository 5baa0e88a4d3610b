//! The manager's approval, over the form whose action a cashier may not do alone.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;

use super::sign_in::login_lines;
use crate::tui::app::ApprovalForm;
use crate::tui::text;
use crate::tui::theme::Theme;

pub fn render(form: &ApprovalForm, theme: Theme, body: Rect, buf: &mut Buffer) {
    let mut lines = vec![
        Line::styled(text::approval_needed(&text::action_name(&form.action)), theme.strong()),
        Line::styled(text::approval_who(), theme.dim()),
    ];
    lines.extend(login_lines(&form.manager, theme));
    if let Some(refused) = &form.refused {
        lines.push(Line::styled(refused.clone(), theme.error()));
    }
    lines.push(Line::styled(text::approval_hint(), theme.dim()));
    super::dialog(&text::title_approval(), lines, 68, body, buf);
}
