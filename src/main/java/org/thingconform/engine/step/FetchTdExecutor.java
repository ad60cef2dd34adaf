package org.thingconform.engine.step;

import java.net.URI;
import java.nio.file.Path;
import org.thingconform.engine.ClauseContext;
import org.thingconform.engine.StepFailure;
import org.thingconform.profile.step.FetchTdStep;
import org.thingconform.protocol.WotResponse;
import org.thingconform.protocol.http.HttpTransportException;
import org.thingconform.protocol.http.WotHttpClient;
import org.thingconform.source.BadInputException;
import org.thingconform.source.DocumentReader;
import org.thingconform.source.LocatedDocument;

/** GETs a Thing's TD from the URL the descriptor gives and keeps it, parsed, for the clause's later TD steps. */
final class FetchTdExecutor implements StepExecutor<FetchTdStep> {

    @Override
    public void execute(FetchTdStep step, ClauseContext context) {
        var wot = context.platform().wot();
        String url = wot == null ? null : wot.things().get(step.thing());
        if (url == null) {
            throw StepFailure.error("the platform descriptor names no TD URL for Thing '" + step.thing()
                    + "': add wot: {things: {" + step.thing() + ": http://…}}" + (wot == null ? ""
                    : " (it names " + wot.things().keySet().stream().sorted().toList() + ")"));
        }
        URI uri = URI.create(url);
        WotResponse response;
        try {
            response = new WotHttpClient(context.trace(), context.profile().timeouts().northbound(),
                    context.platform().tls())
                    .send("GET", uri, "application/td+json", null, null);
        } catch (HttpTransportException e) {
            throw StepFailure.inconclusive("cannot fetch the TD of Thing '" + step.thing() + "': " + e.getMessage());
        }
        if (response == null) {
            throw StepFailure.fail("expected the TD of Thing '" + step.thing() + "' from GET " + url
                    + "; observed no answer within the timeout");
        }
        if (!response.success()) {
            throw StepFailure.fail("expected the TD of Thing '" + step.thing() + "' from GET " + url
                    + "; observed status " + response.status() + ": " + Devices.quote(response.body()));
        }
        LocatedDocument document;
        try {
            document = DocumentReader.parse(Path.of(step.thing() + ".td.json"), response.body());
        } catch (BadInputException e) {
            throw StepFailure.fail("expected the TD of Thing '" + step.thing() + "' to be JSON; observed "
                    + e.getMessage());
        }
        if (!document.root().isObject()) {
            throw StepFailure.fail("expected the TD of Thing '" + step.thing() + "' to be a JSON object; observed "
                    + Devices.quote(response.body()));
        }
        new FetchedTd(step.thing(), uri, document).save(context);
    }
}
