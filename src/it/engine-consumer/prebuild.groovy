// Before the consumer build: unpack the distribution this project just packaged, check that it names its
// version and commit, and start its reference platform as a process of its own (`bin/thingconform reference`,
// free loopback ports) whose descriptor the consumer's junit-platform.properties names. Nothing but a Java
// runtime is given to it. verify.groovy stops it; so does the end of this JVM, which closes its input.
import java.util.concurrent.CompletableFuture
import java.util.concurrent.TimeUnit

def target = new File(basedir, 'target')
def dist = new File(target, 'dist')
dist.mkdirs()
def archive = new File(thingconformDir, "target/thingconform-${thingconformVersion}.tar.gz")
assert archive.isFile() : "no distribution archive at ${archive}"
def untar = ['tar', 'xzf', archive.path, '-C', dist.path].execute()
untar.consumeProcessOutput(System.out, System.err)
assert untar.waitFor(120, TimeUnit.SECONDS) && untar.exitValue() == 0 : "could not unpack ${archive}"
def root = new File(dist, "thingconform-${thingconformVersion}")
def launcher = new File(root, 'bin/thingconform').path
def javaHome = System.getProperty('java.home')

def version = new ProcessBuilder(launcher, '--version').redirectErrorStream(true)
version.environment().put('JAVA_HOME', javaHome)
def versionRun = version.start()
def versionText = versionRun.inputStream.text
assert versionRun.waitFor(60, TimeUnit.SECONDS) && versionRun.exitValue() == 0 : "bin/thingconform --version: ${versionText}"
assert versionText.contains("ThingConform ${thingconformVersion}") : versionText
assert versionText =~ /built from git commit ([0-9a-f]{40}|unknown)/ : versionText
println "distribution: ${versionText.readLines().join('; ')}"

def referenceDir = new File(target, 'reference')
referenceDir.mkdirs()
def builder = new ProcessBuilder(launcher, 'reference', '--port-base', '0',
        '--descriptor-out', new File(referenceDir, 'reference.yaml').path,
        '--profile', new File(root, 'test-profiles/mqtt-broker/mqtt-3.1.1.profile.yaml').path, '--control-stdin')
        .redirectError(new File(referenceDir, 'reference.stderr'))
builder.environment().put('JAVA_HOME', javaHome)
def reference = builder.start()
def ready = new CompletableFuture<String>()
Thread.startDaemon('reference-stdout') {
    reference.inputStream.withReader('UTF-8') { reader ->
        String line
        while ((line = reader.readLine()) != null) {
            if (line.startsWith('ready:')) {
                ready.complete(line)
            }
        }
    }
    ready.completeExceptionally(new IllegalStateException('the reference process ended without a ready line; see '
            + new File(referenceDir, 'reference.stderr')))
}
try {
    println ready.get(120, TimeUnit.SECONDS)
} catch (Exception e) {
    reference.destroyForcibly()
    throw e
}
context.put('reference', reference)
return true
