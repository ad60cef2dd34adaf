package org.thingconform.report;

/** Maps a value between {@code from} and {@code to} to a pixel between {@code pixelFrom} and {@code pixelTo}. */
record LinearScale(double from, double to, double pixelFrom, double pixelTo) {

    LinearScale {
        if (!(to > from)) {
            throw new IllegalArgumentException("empty range " + from + ".." + to);
        }
    }

    /** The pixel of {@code value}; values outside the range are kept on its edge. */
    double pixel(double value) {
        double clamped = Math.max(from, Math.min(to, value));
        return pixelFrom + (clamped - from) / (to - from) * (pixelTo - pixelFrom);
    }
}
