def log = new File(basedir, 'build.log').getText('UTF-8')

assert log.contains('posthog-js capture payload') : 'the format, detected from content'
assert log.contains('session      01a20c6e-172d-769c-b57b-5e555defd3b7')
assert log.contains('console      2 errors')
assert log =~ /interactions clicks 3, inputs 0/
true
