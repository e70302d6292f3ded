package ma.accesinfo.interfaces.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.component.UIForm;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.event.AbortProcessingException;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import java.io.IOException;
import org.primefaces.context.PrimeFacesContext;

/**
 * The page's script nonce in every form, as a hidden field. PrimeFaces, which writes each page's
 * policy with a nonce, checks on every postback that the form sent the nonce of its page; its own
 * script adds the field, but the pages without PrimeFaces components load no script and must work
 * without one, so the field is rendered on the server.
 */
public class ScriptNonceField extends UIComponentBase {

  /** The request parameter PrimeFaces reads the nonce from. */
  static final String PARAMETER = "primefaces.nonce";

  static final String ID = "scriptNonce";

  @Override
  public String getFamily() {
    return "ma.accesinfo.ScriptNonce";
  }

  @Override
  public void encodeBegin(FacesContext context) throws IOException {
    ResponseWriter writer = context.getResponseWriter();
    writer.startElement("input", this);
    writer.writeAttribute("type", "hidden", null);
    writer.writeAttribute("name", PARAMETER, null);
    writer.writeAttribute("value", PrimeFacesContext.getCspState(context).getNonce(), null);
    writer.endElement("input");
  }

  /** Adds the field to each form of a view before it is rendered (once per form). */
  public static class Adder implements SystemEventListener {

    @Override
    public boolean isListenerForSource(Object source) {
      return true;
    }

    @Override
    public void processEvent(SystemEvent event) throws AbortProcessingException {
      add((UIComponent) event.getSource());
    }

    private static void add(UIComponent component) {
      if (component instanceof UIForm form) {
        if (form.findComponent(ID) == null) {
          ScriptNonceField field = new ScriptNonceField();
          field.setId(ID);
          form.getChildren().add(field);
        }
        return;
      }
      for (UIComponent child : component.getChildren()) {
        add(child);
      }
    }
  }
}
