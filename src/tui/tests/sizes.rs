//! Every size (placeholder).
