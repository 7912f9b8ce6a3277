extension LanguageTable {
    /// The table Panel ships, in the shape of problemtools' `languages.yaml`. It is a YAML document kept in the
    /// binary (not a bundle resource) so that a `panel` copied anywhere still has it; `PANEL_LANGUAGES` names
    /// a file that replaces it.
    ///
    /// Per language: `name`; `files`, the glob patterns (space-separated) of its sources; `shebang`, a word
    /// the first line of an extensionless script must contain; `shebang_files`, patterns of sources that
    /// count for the language in detection only when their first line names `shebang` (problemtools' rule,
    /// which tells a Python 2 `.py` from a Python 3 one); `priority`, which wins when a folder holds
    /// files of several; `compile`, run once in the build folder (absent: nothing to build); `run`, the
    /// command of one run. Placeholders: `{files}` every source (several arguments), `{main}` the main
    /// source, `{mainclass}` the Java/Kotlin class, `{binary}` the program built, `{path}` the build (or
    /// run) folder, `{memory}` the memory limit in MiB, `{heap}` a JVM heap within it (the limit less 128 MiB,
    /// DOMjudge's reserve for the JVM itself and its stack; at least half the limit). Java runs as problemtools,
    /// BAPCtools and DOMjudge run it: `-Xms` equal to `-Xmx`. `address_space_limit: false` exempts a runtime that caps its
    /// own heap from RLIMIT_AS, which stands in for the memory limit only where no memory cgroup does (see
    /// ``Language/limitsAddressSpace``). A command's first word may name several tools,
    /// `pypy3|python3`: the first this machine has is used, for the build and the run alike.
    ///
    /// Python 3 runs on PyPy where it is installed, as DOMjudge (`py3`), problemtools and BAPCtools all run it:
    /// a package's time limits and its expected verdicts (DOMjudge's fibonacci expects a deep naive recursion
    /// to time out; CPython stops it with a RecursionError, RTE) are set against PyPy. CPython is the
    /// fallback, and verify says when it judged with it. A `run` of only `{binary}` marks a static binary,
    /// which runs with nothing else of the system in view and is kept in the compile cache. `mainclass: detect`
    /// (Panel's own key) takes `{mainclass}` from the build: the compiled class declaring
    /// `public static void main(String[])`, as DOMjudge's Java compile script finds it; a build without one is
    /// a compile error there and here (problemtools and BAPCtools run the main file's class and fail at run
    /// time, in folders they do not judge as compile errors).
    static let builtinYAML = """
        c:
          name: C
          priority: 950
          files: "*.c"
          compile: "gcc -O2 -std=gnu17 -static -o {binary} {files} -lm"
          run: "{binary}"
        cpp:
          name: C++
          priority: 1000
          files: "*.cc *.cpp *.cxx *.c++ *.C"
          compile: "g++ -O2 -std=gnu++20 -static -o {binary} {files}"
          run: "{binary}"
        java:
          name: Java
          priority: 800
          files: "*.java"
          compile: "javac -encoding UTF-8 -sourcepath {path} -d {path} {files}"
          run: "java -Dfile.encoding=UTF-8 -XX:+UseSerialGC -Xss64m -Xms{heap}m -Xmx{heap}m -cp {path} {mainclass}"
          mainclass: detect
          address_space_limit: false
        kotlin:
          name: Kotlin
          priority: 250
          files: "*.kt"
          compile: "kotlinc -d {path}/ -- {files}"
          run: "kotlin -Dfile.encoding=UTF-8 -J-XX:+UseSerialGC -J-Xss64m -J-Xms{heap}m -J-Xmx{heap}m -cp {path}/ {mainclass}"
          address_space_limit: false
        python2:
          name: Python 2
          priority: 910
          files: "*.py *.py2"
          shebang_files: "*.py"
          shebang: python2
          compile: "python2 -m py_compile {files}"
          run: "python2 {main}"
        python3:
          name: Python 3
          priority: 900
          files: "*.py *.py3"
          shebang: python3
          compile: "pypy3|python3 -m py_compile {files}"
          run: "pypy3|python3 {main}"
        rust:
          name: Rust
          priority: 575
          files: "*.rs"
          compile: "rustc -O --edition 2021 -o {binary} {main}"
          run: "{binary}"
        bash:
          name: Bash
          priority: 100
          files: "*.sh *.bash"
          shebang: sh
          run: "bash {main}"
        swift:
          name: Swift
          priority: 1100
          files: "*.swift"
          compile: "swiftc"
          run: "{binary}"
        """
}
