"""PersonalMem: a chat agent with per-chat history and per-user personal memory."""
