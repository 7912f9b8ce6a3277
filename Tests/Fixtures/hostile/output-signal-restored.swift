import Glibc

// Asks for SIGXFSZ back, then floods stdout: the cap's signal ends it. That is the output limit, not a crash of
// its own making: OLE.
signal(SIGXFSZ, SIG_DFL)
let block = [UInt8](repeating: UInt8(ascii: "x"), count: 1 << 16)
while true { _ = write(1, block, block.count) }
