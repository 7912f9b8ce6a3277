// Does not compile: a String is not an Int.
let total: Int = "three"
print(total)
