// An interviewer plugin with a type error: Panel must report it as the round's error, not crash.
let rating: Int = "strong_hire"
print(rating)
