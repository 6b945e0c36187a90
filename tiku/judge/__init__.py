"""tiku.judge package."""
