import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;

/**
 * Keeps the top of a PNG picture, for the gallery's pictures of the top of a page:
 * {@code java src/build/Crop.java in.png HEIGHT out.png} (pdftoppm's {@code -H} once did it).
 * A single-file program run by the JDK, as SideBySide is.
 */
public class Crop {
    public static void main(String[] args) throws Exception {
        BufferedImage in = ImageIO.read(new File(args[0]));
        int height = Math.min(Integer.parseInt(args[1]), in.getHeight());
        BufferedImage out = new BufferedImage(in.getWidth(), height, BufferedImage.TYPE_INT_RGB);
        out.createGraphics().drawImage(in, 0, 0, null);
        ImageIO.write(out, "png", new File(args[2]));
    }
}
