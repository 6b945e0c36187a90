"""tiku.bank package."""
