def log = new File(basedir, 'build.log').getText('UTF-8')

assert log =~ /rrweb: REPRODUCED on sh -c java -cp .* FixtureServer / : 'the verdict, naming the target'
assert log =~ /console error '.*TypeError.*' recurred at step \d+/ : 'which recorded failure recurred, and where'
true
