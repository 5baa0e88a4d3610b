//! Snapshot tests of every view (placeholder).
