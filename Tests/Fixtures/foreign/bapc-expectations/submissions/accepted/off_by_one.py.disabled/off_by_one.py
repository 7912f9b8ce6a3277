# Disabled (BAPCtools skips names ending in .disabled): wrong on every case, so judging it fails accepted/.
print(int(input()) + 1)
