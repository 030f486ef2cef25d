def log = new File(basedir, 'build.log').getText('UTF-8')

assert log =~ /shop-add-to-cart-bug\/rrweb: REPRODUCED on .*FixtureServer/ : 'the verdict, naming the bundle and the target'
assert log =~ /console error '.*TypeError.*' recurred at step \d+/ : 'which recorded failure recurred, and where'
true
