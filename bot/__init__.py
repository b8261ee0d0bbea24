"""Front ends: Telegram, the console and batch triage, all calling the same core."""
