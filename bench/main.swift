import PanelCore
