// After the consumer build: stop the reference process, then check that Surefire reported one test per
// selected clause (named by its clause id), all passed, that the run without a descriptor said it needs
// thingconform.platform, and that HiveMQ never reached the consumer's class path.
import java.util.concurrent.TimeUnit
import javax.xml.parsers.DocumentBuilderFactory

def reference = context.get('reference')
if (reference != null) {
    reference.outputStream.close() // --control-stdin: the platform stops when its input ends
    if (!reference.waitFor(60, TimeUnit.SECONDS)) {
        reference.destroyForcibly()
    }
}

def testcases = { File dir ->
    def files = dir.listFiles()?.findAll { it.name.startsWith('TEST-') && it.name.endsWith('.xml') } ?: []
    assert !files.isEmpty() : "no Surefire XML in ${dir}"
    files.collectMany { file ->
        def nodes = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file).getElementsByTagName('testcase')
        (0..<nodes.length).collect { i ->
            def node = nodes.item(i)
            def problems = ['failure', 'error'].collectMany { tag ->
                def found = node.getElementsByTagName(tag)
                (0..<found.length).collect { j -> found.item(j).getAttribute('message') + ' ' + found.item(j).textContent }
            }
            [name: node.getAttribute('name'), problems: problems]
        }
    }
}

def cases = testcases(new File(basedir, 'target/surefire-reports'))
def names = cases*.name
['MQTT-3.1.0-1', 'MQTT-3.1.0-2', 'MQTT-3.2.2-1'].each { id ->
    assert names.any { it.contains(id) } : "no test names clause ${id}; tests: ${names}"
}
assert cases.size() == 3 : "expected one test per selected clause; tests: ${names}"
def failed = cases.findAll { !it.problems.isEmpty() }
assert failed.isEmpty() : "clauses did not pass against the reference process: ${failed}"

def withoutPlatform = testcases(new File(basedir, 'target/surefire-reports-no-platform'))
def said = withoutPlatform.collectMany { it.problems }.join('\n')
assert said.contains('thingconform.platform') && said.contains('hivemq-community-edition-embedded') :
        "without a descriptor nor HiveMQ the engine should say it needs thingconform.platform; it said: ${said}"

def classPath = new File(basedir, 'target/test-classpath.txt').text
assert classPath =~ /thingconform-[^\/\\]*\.jar/ : "thingconform is not on the consumer's class path: ${classPath}"
assert !classPath.toLowerCase().contains('hivemq') : "HiveMQ reached the consumer's class path: ${classPath}"
println "engine-consumer: ${names}; no HiveMQ on its class path"
return true
