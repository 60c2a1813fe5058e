// The start-up yardstick for SPEC §6: a Swift program that only prints a line.
print("Hello, world!")
