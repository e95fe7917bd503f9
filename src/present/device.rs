//! Device reports in words (filled once the Intune engine lands).
