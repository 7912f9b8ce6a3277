// Included with every Swift submission (include/swift/): reads the recipe from standard input.

/// A recipe as the input gives it.
struct Recipe {
    struct Ingredient {
        var name: Substring
        var grams: Int
    }

    /// Portions the recipe is written for, and portions wanted.
    var portions: Int
    var wanted: Int
    var ingredients: [Ingredient]

    /// Reads "p q n" and n lines "name grams".
    static func read() -> Recipe {
        let header = readLine()!.split(separator: " ").map { Int($0)! }
        var ingredients: [Ingredient] = []
        for _ in 0..<header[2] {
            let parts = readLine()!.split(separator: " ")
            ingredients.append(Ingredient(name: parts[0], grams: Int(parts[1])!))
        }
        return Recipe(portions: header[0], wanted: header[1], ingredients: ingredients)
    }
}
