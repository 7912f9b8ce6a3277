// Scales every amount by wanted / portions and prints every digit of the Double. Recipe comes from
// include/swift/Recipe.swift, which the judge compiles with this file.
let recipe = Recipe.read()
for ingredient in recipe.ingredients {
    print(ingredient.name, Double(ingredient.grams) * Double(recipe.wanted) / Double(recipe.portions))
}
