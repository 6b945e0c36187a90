"""tiku.concepts package."""
