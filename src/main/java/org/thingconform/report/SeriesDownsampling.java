package org.thingconform.report;

import java.util.ArrayList;
import java.util.List;
import org.thingconform.measure.FleetSample;

/**
 * A fleet series cut to a number of points a chart can draw: consecutive seconds grouped by the
 * fewest per point that fit, each group one sample at its last second with the fewest devices
 * connected, the mean rates (rounded) and the highest p99, so dips and spikes stay visible.
 */
record SeriesDownsampling(List<FleetSample> points, int secondsPerPoint) {

    SeriesDownsampling {
        points = List.copyOf(points);
    }

    /** {@code series} as is when it has at most {@code maxPoints} samples, grouped otherwise. */
    static SeriesDownsampling toAtMost(List<FleetSample> series, int maxPoints) {
        if (series.size() <= maxPoints) {
            return new SeriesDownsampling(series, 1);
        }
        int perPoint = (series.size() + maxPoints - 1) / maxPoints;
        List<FleetSample> points = new ArrayList<>(maxPoints);
        for (int from = 0; from < series.size(); from += perPoint) {
            points.add(merge(series.subList(from, Math.min(series.size(), from + perPoint))));
        }
        return new SeriesDownsampling(points, perPoint);
    }

    private static FleetSample merge(List<FleetSample> group) {
        int connected = Integer.MAX_VALUE;
        long published = 0;
        long delivered = 0;
        long p99 = 0;
        for (FleetSample sample : group) {
            connected = Math.min(connected, sample.connected());
            published += sample.published();
            delivered += sample.delivered();
            p99 = Math.max(p99, sample.p99Micros());
        }
        int size = group.size();
        return new FleetSample(group.get(size - 1).second(), connected, (published + size / 2) / size,
                (delivered + size / 2) / size, p99);
    }
}
