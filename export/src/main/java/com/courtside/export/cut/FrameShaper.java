package com.courtside.export.cut;

import org.bytedeco.ffmpeg.avutil.AVFrame;

/** Makes the picture the encoder gets from a decoded source frame: converted, cropped or scaled as the output needs. */
interface FrameShaper extends AutoCloseable {

    /** The YUV 4:2:0 frame to encode for source frame {@code index}: {@code decoded} itself or the shaper's own. */
    AVFrame shape(AVFrame decoded, int index) throws CutException;

    /** Where the source pixels of the frame last shaped lie in the picture {@link #shape} returned. */
    FramePlacement placement();

    @Override
    void close();
}
