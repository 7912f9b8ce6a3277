// Rounds to six decimals: fine under the root's float_tolerance 1e-6, wrong in data/secret/2-pinches,
// whose test_group.yaml asks for a relative error only.
let recipe = Recipe.read()
for ingredient in recipe.ingredients {
    let amount = Double(ingredient.grams) * Double(recipe.wanted) / Double(recipe.portions)
    print(ingredient.name, (amount * 1_000_000).rounded() / 1_000_000)
}
