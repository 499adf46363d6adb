import { createOfficeHost } from "../../src/office/office-host";
import { failed, fakeOffice, handlerRegistry, OFFICE_ENUMS } from "./office-fake";

const ITEM_CHANGED = OFFICE_ENUMS.EventType.ItemChanged;
const THEME_CHANGED = OFFICE_ENUMS.EventType.OfficeThemeChanged;

describe("onItemChanged", () => {
  it("registers with Outlook once, however many listeners subscribe, and calls each listener", () => {
    const registry = handlerRegistry();
    const host = createOfficeHost(fakeOffice({ mailbox: { addHandlerAsync: registry.addHandlerAsync } }));
    const first = jest.fn();
    const second = jest.fn();
    host.onItemChanged(first);
    host.onItemChanged(second);

    registry.fire(ITEM_CHANGED);

    expect(registry.addHandlerAsync).toHaveBeenCalledTimes(1);
    expect(registry.addHandlerAsync).toHaveBeenCalledWith(
      ITEM_CHANGED,
      expect.any(Function),
      expect.any(Function),
    );
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).toHaveBeenCalledTimes(1);
  });

  it("stops calling a listener after it unsubscribes, and keeps calling the others", () => {
    const registry = handlerRegistry();
    const host = createOfficeHost(fakeOffice({ mailbox: { addHandlerAsync: registry.addHandlerAsync } }));
    const leaving = jest.fn();
    const staying = jest.fn();
    const unsubscribe = host.onItemChanged(leaving);
    host.onItemChanged(staying);

    unsubscribe();
    registry.fire(ITEM_CHANGED);

    expect(leaving).not.toHaveBeenCalled();
    expect(staying).toHaveBeenCalledTimes(1);
  });

  it("calls the remaining listeners when one throws, then reports the error", () => {
    const registry = handlerRegistry();
    const host = createOfficeHost(fakeOffice({ mailbox: { addHandlerAsync: registry.addHandlerAsync } }));
    const broken = new Error("listener failed");
    host.onItemChanged(() => {
      throw broken;
    });
    const staying = jest.fn();
    host.onItemChanged(staying);

    expect(() => registry.fire(ITEM_CHANGED)).toThrow(broken);
    expect(staying).toHaveBeenCalledTimes(1);
  });

  it("does nothing, without failing, on a client without addHandlerAsync", () => {
    const host = createOfficeHost(fakeOffice({ mailbox: { addHandlerAsync: undefined } }));
    const unsubscribe = host.onItemChanged(jest.fn());
    expect(() => unsubscribe()).not.toThrow();
  });

  it("keeps working, without asking again for every listener, when Outlook refuses the handler", async () => {
    const registry = handlerRegistry(failed());
    const host = createOfficeHost(fakeOffice({ mailbox: { addHandlerAsync: registry.addHandlerAsync } }));
    expect(() => host.onItemChanged(jest.fn())).not.toThrow();
    await new Promise((resolve) => setTimeout(resolve, 5));
    const unsubscribe = host.onItemChanged(jest.fn());
    expect(() => unsubscribe()).not.toThrow();
    expect(registry.addHandlerAsync).toHaveBeenCalledTimes(1);
  });
});

describe("onThemeChanged on clients without the event", () => {
  it("subscribes without failing when addHandlerAsync throws for an event type the client does not know", () => {
    const addHandlerAsync = jest.fn(() => {
      throw new Error("Sys.ArgumentException: Value does not fall within the expected range.");
    });
    const host = createOfficeHost(fakeOffice({ mailbox: { addHandlerAsync } }));
    expect(() => host.onThemeChanged(jest.fn())).not.toThrow();
    expect(addHandlerAsync).toHaveBeenCalledTimes(1);
  });
});

describe("getTheme", () => {
  it.each([
    ["#FFFFFF", "light"],
    ["#f3f2f1", "light"],
    ["#292929", "dark"],
    ["#1F1F1F", "dark"],
    ["#000", "dark"],
    ["#808080", "light"],
  ] as const)("reads body background %s as %s", (bodyBackgroundColor, theme) => {
    const host = createOfficeHost(fakeOffice({ officeTheme: { bodyBackgroundColor } }));
    expect(host.getTheme()).toBe(theme);
  });

  it("is light where Outlook gives no theme, or a colour it cannot read", () => {
    expect(createOfficeHost(fakeOffice()).getTheme()).toBe("light");
    expect(createOfficeHost(fakeOffice({ officeTheme: { bodyBackgroundColor: "Window" } })).getTheme()).toBe(
      "light",
    );
  });
});

describe("onThemeChanged", () => {
  it("registers OfficeThemeChanged with the mailbox and tells listeners, after which getTheme reads the new theme", () => {
    const registry = handlerRegistry();
    const office = fakeOffice({
      mailbox: { addHandlerAsync: registry.addHandlerAsync },
      officeTheme: { bodyBackgroundColor: "#ffffff" },
    });
    const host = createOfficeHost(office);
    const listener = jest.fn();
    host.onThemeChanged(listener);
    expect(host.getTheme()).toBe("light");

    (office.context.officeTheme as { bodyBackgroundColor: string }).bodyBackgroundColor = "#292929";
    registry.fire(THEME_CHANGED);

    expect(registry.addHandlerAsync).toHaveBeenCalledWith(
      THEME_CHANGED,
      expect.any(Function),
      expect.any(Function),
    );
    expect(listener).toHaveBeenCalledTimes(1);
    expect(host.getTheme()).toBe("dark");
  });

  it("does not call theme listeners when the selected item changes", () => {
    const registry = handlerRegistry();
    const host = createOfficeHost(fakeOffice({ mailbox: { addHandlerAsync: registry.addHandlerAsync } }));
    const themeListener = jest.fn();
    const unsubscribe = host.onThemeChanged(themeListener);
    registry.fire(ITEM_CHANGED);
    expect(themeListener).not.toHaveBeenCalled();
    unsubscribe();
    registry.fire(THEME_CHANGED);
    expect(themeListener).not.toHaveBeenCalled();
  });
});
