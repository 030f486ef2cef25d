def log = new File(basedir, 'build.log').getText('UTF-8')

assert log.contains('posthog-js capture payload') : 'the format, detected from content'
assert log =~ /session      [0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/
assert log.contains('console      2 errors')
assert log =~ /interactions clicks 3, inputs 0/
true
