class Conf:
    def __init__(self, d):
        self.port = d["port"]
Conf({})
