import Glibc

// Runs of one box start from the same prebuilt, read-only root: this program looks for what an earlier run of
// it may have left anywhere in that root (a marker file, folder, link or pipe in /, /tmp, /in, /dev, /proc or
// /program's folder, a changed mode of / or /tmp, anything in /tmp at all), then tries to leave all of that
// itself. Each test is a fresh run; prints the right answer only if it found nothing.
let places = ["/", "/tmp", "/in", "/dev", "/proc"]
let marker = "panel-trace"
var seen: [String] = []

func path(_ place: String, _ name: String) -> String { place == "/" ? "/" + name : place + "/" + name }

for place in places {
    for name in [marker, marker + ".d", marker + ".link", marker + ".fifo"] {
        var info = stat()
        if lstat(path(place, name), &info) == 0 { seen.append(path(place, name)) }
    }
}
for place in ["/", "/tmp"] {
    var info = stat()
    if stat(place, &info) == 0 && info.st_mode & 0o777 == 0o777 { seen.append("mode of \(place)") }
}
if let scratch = opendir("/tmp") {
    while let entry = readdir(scratch) {
        let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        if name != "." && name != ".." { seen.append("/tmp/\(name)") }
    }
    closedir(scratch)
}

_ = readLine()
let numbers = (readLine() ?? "").split(separator: " ").compactMap { Int($0) }

for place in places {
    let file = open(path(place, marker), O_WRONLY | O_CREAT, 0o666)
    if file >= 0 {
        _ = write(file, "trace\n", 6)
        close(file)
    }
    _ = mkdir(path(place, marker + ".d"), 0o777)
    _ = symlink("/tmp", path(place, marker + ".link"))
    _ = mkfifo(path(place, marker + ".fifo"), 0o666)
    _ = chmod(place, 0o777)
}
print(seen.isEmpty ? String(numbers.reduce(0, +)) : "FOUND " + seen.joined(separator: ", "))
