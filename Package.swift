// swift-tools-version:6.0
// Panel: a grading harness for mock technical-interview loops. No package dependencies.
import PackageDescription

let package = Package(
    name: "Panel",
    products: [
        .executable(name: "panel", targets: ["panel"])
    ],
    targets: [
        // Everything that must happen between fork and exec: rlimits, namespaces, cgroup entry, dup2.
        .target(name: "CSandbox"),
        // SHA-256's compression function, with the CPU's SHA instructions where it has them.
        .target(name: "CDigest"),
        // The only Swift module that talks to the operating system about processes.
        .target(name: "Sandbox", dependencies: ["CSandbox"]),
        // The judge's domain: problem packages, compilation, verdicts, checkers.
        .target(name: "PanelCore", dependencies: ["Sandbox", "CDigest"]),
        // Subcommands and argument parsing; hands over to PanelCore.
        .target(name: "PanelCLI", dependencies: ["PanelCore"]),
        .executableTarget(name: "panel", dependencies: ["PanelCLI"]),
        .executableTarget(name: "panel-bench", dependencies: ["PanelCore"], path: "bench"),
        .testTarget(name: "PanelCoreTests", dependencies: ["PanelCore", "CDigest"]),
        .testTarget(name: "SandboxTests", dependencies: ["Sandbox"]),
        .testTarget(name: "EndToEndTests", dependencies: ["PanelCore", "panel"]),
    ]
)
