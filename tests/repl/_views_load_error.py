# Loaded by views_load.txt: fails half-way; what ran before stays defined.
before = 'defined'
raise ValueError('half-way')
after = 'never'
