import PanelCLI
