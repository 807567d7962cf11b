x = (1 +
     undefined)
