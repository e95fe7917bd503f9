//! Server reports in words (filled once the Entra engine lands).
