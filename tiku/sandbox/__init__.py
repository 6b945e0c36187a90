"""tiku.sandbox package."""
