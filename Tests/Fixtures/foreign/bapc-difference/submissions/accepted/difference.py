from absolute import difference

a, b = map(int, input().split())
print(difference(a, b))
