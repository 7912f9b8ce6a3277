# A submission's own text is built as written (as BAPCtools builds it): the braces stay, so this adds
# nothing and is wrong. Substituted, it would be accepted.
n = int(input())
bound = "{{max_n}}"
print(n + int(bound) if bound.isdigit() else n)
