// Burns CPU forever: TLE by CPU time.
var counter = 0
while true { counter &+= 1 }
