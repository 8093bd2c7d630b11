package com.courtside.export.dataset;

import com.courtside.inference.video.FrameImage;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.opencv.opencv_core.Mat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import static org.bytedeco.opencv.global.opencv_core.CV_8UC4;
import static org.bytedeco.opencv.global.opencv_imgcodecs.IMWRITE_JPEG_QUALITY;
import static org.bytedeco.opencv.global.opencv_imgcodecs.imencode;

/**
 * Decoded frames as JPEG files, encoded by OpenCV (libjpeg-turbo) straight from the decoder's BGRA buffer.
 * Safe to call from several threads at once.
 */
final class JpegFiles {

    /** What {@code cv2.imwrite} writes by default, as TTNet's frame extraction used it. */
    static final int QUALITY = 95;
    /** Encoders that run beside the decoder: encoding a 1080p frame takes about twice as long as decoding it. */
    static final int WORKERS = Math.max(1, Runtime.getRuntime().availableProcessors());
    private static final IntPointer PARAMS = new IntPointer(IMWRITE_JPEG_QUALITY, QUALITY);

    private JpegFiles() {
    }

    static void write(FrameImage frame, Path file) throws IOException {
        try (BytePointer pixels = new BytePointer(frame.pixels());
             Mat image = new Mat(frame.height(), frame.width(), CV_8UC4, pixels, frame.stride());
             BytePointer jpeg = new BytePointer()) {
            if (!imencode(".jpg", image, jpeg, PARAMS)) {
                throw new IOException("OpenCV could not encode frame " + frame.index() + " as JPEG");
            }
            ByteBuffer bytes = jpeg.asByteBuffer();
            try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                while (bytes.hasRemaining()) {
                    out.write(bytes);
                }
            }
        }
    }
}
