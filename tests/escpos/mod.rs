//! Reads back what a fake printer received, the way a real ESC/POS printer would: the text
//! lines, each QR code's data from its `GS ( k` store command, and the cuts that separate one
//! document from the next. Written from the ESC/POS command reference, not from the program's
//! own layout code, so the tests check the bytes rather than repeat them. An unknown command is
//! an error: bytes a printer would misread must not pass.
#![allow(dead_code, reason = "each test file uses its own part of the decoder")]

/// One piece of paper, up to its cut.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Paper {
    pub lines: Vec<String>,
    pub qr_codes: Vec<String>,
    pub cut: bool,
}

impl Paper {
    /// Every line, joined: for `contains` checks.
    pub fn text(&self) -> String {
        self.lines.join("\n")
    }
}

const ESC: u8 = 0x1B;
const GS: u8 = 0x1D;
const DLE: u8 = 0x10;

/// Decodes a print stream into papers; a trailing piece with no cut is returned as well.
pub fn decode(bytes: &[u8]) -> Result<Vec<Paper>, String> {
    let mut papers = Vec::new();
    let mut paper = Paper::default();
    let mut line = String::new();
    let mut i = 0;
    let end_line = |paper: &mut Paper, line: &mut String| {
        if !line.is_empty() {
            paper.lines.push(std::mem::take(line).trim().to_owned());
        }
    };
    let byte = |at: usize| bytes.get(at).copied().ok_or_else(|| format!("the stream ends inside a command at {at}"));
    while i < bytes.len() {
        match bytes[i] {
            b'\n' => {
                end_line(&mut paper, &mut line);
                i += 1;
            }
            ESC => match byte(i + 1)? {
                b'@' => i += 2,
                // justification, emphasis, font, underline, double strike, upside down, reverse (ESC)
                b'a' | b'E' | b'M' | b'-' | b'G' | b'{' => i += 3,
                b'd' => {
                    end_line(&mut paper, &mut line);
                    i += 3;
                }
                other => return Err(format!("unknown command ESC {other:#04x} at {i}")),
            },
            GS => match byte(i + 1)? {
                // character size, reverse
                b'!' | b'B' => i += 3,
                b'V' => {
                    end_line(&mut paper, &mut line);
                    let function = byte(i + 2)?;
                    i += if function >= 65 { 4 } else { 3 };
                    paper.cut = true;
                    papers.push(std::mem::take(&mut paper));
                }
                b'(' if byte(i + 2)? == b'k' => {
                    let length = usize::from(byte(i + 3)?) + 256 * usize::from(byte(i + 4)?);
                    let start = i + 5;
                    let body = bytes.get(start..start + length).ok_or("a GS ( k command runs past the end")?;
                    // cn 49 (QR code), fn 80 (store the data), m 48: the rest is the symbol's data.
                    if let [49, 80, 48, data @ ..] = body {
                        let data = String::from_utf8(data.to_vec()).map_err(|e| e.to_string())?;
                        paper.qr_codes.push(data);
                    }
                    i = start + length;
                }
                other => return Err(format!("unknown command GS {other:#04x} at {i}")),
            },
            // DLE EOT n: a real-time status request, answered by the printer, never printed.
            DLE if byte(i + 1)? == 0x04 => i += 3,
            c if c == b' ' || c.is_ascii_graphic() => {
                line.push(char::from(c));
                i += 1;
            }
            other => return Err(format!("unexpected byte {other:#04x} at {i}")),
        }
    }
    end_line(&mut paper, &mut line);
    if paper != Paper::default() {
        papers.push(paper);
    }
    Ok(papers)
}
