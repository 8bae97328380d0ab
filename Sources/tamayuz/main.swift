print("tamayuz")
