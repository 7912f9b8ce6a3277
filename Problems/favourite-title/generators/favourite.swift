// Writes the answer file of a favourite-title case: the favourite, the first title of the
// preference order in the input. generators/panel.yaml names this program as the `solution` that
// writes the answers, because a real solution cannot: it only talks to the interactor.

_ = readLine()
let order = readLine()!.split(separator: " ")
print(order[0])
