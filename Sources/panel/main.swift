import PanelCLI

Panel.main()
