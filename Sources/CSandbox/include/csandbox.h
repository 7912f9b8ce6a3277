#ifndef CSANDBOX_H
#define CSANDBOX_H
int panel_sandbox_placeholder(void);
#endif
