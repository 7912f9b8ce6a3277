int panel_sandbox_placeholder(void) { return 0; }
