/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen, waitFor, within } from "@testing-library/react";
import { CLIENT_ID } from "./fake-m365";
import { hostFor, openSettings, renderPane, verdictRegion } from "./helpers";

jest.setTimeout(30_000);

test("turning on directory look-ups in Settings starts them, through the client id from Settings", async () => {
  const host = hostFor("unknown-single-person");
  const { user, services } = renderPane(host);
  services.m365.directory = { "pat.kim@dcj-demo.example": { jobTitle: "QACI Officer" } };
  await verdictRegion();
  expect(await screen.findByText(/Decline and send is not available/)).toBeInTheDocument();

  const form = await openSettings(user);
  const checkbox = within(form).getByRole("checkbox", {
    name: "Look up people's roles in the Microsoft 365 directory",
  });
  expect(checkbox).not.toBeChecked();
  await user.click(checkbox);
  const clientId = within(form).getByRole("textbox", { name: "Microsoft 365 app (client) ID" });
  await user.type(clientId, "not-a-guid");
  await user.click(within(form).getByRole("button", { name: "Save settings" }));
  expect(
    within(form).getByText(/Type the Application \(client\) ID from Microsoft Entra/),
  ).toBeInTheDocument();
  expect(host.saved).toHaveLength(0);

  await user.clear(clientId);
  await user.type(clientId, CLIENT_ID);
  await user.click(within(form).getByRole("button", { name: "Save settings" }));
  await waitFor(() => expect(host.saved).toHaveLength(1));
  expect(host.saved[0]).toMatchObject({ useDirectory: true, graphClientId: CLIENT_ID });

  await waitFor(() =>
    expect(document.querySelector("[data-directory]")).toHaveTextContent(
      "Directory roles arrived: Pat Kim is QACI.",
    ),
  );
  expect(services.m365.loads).toEqual([{ clientId: CLIENT_ID, naaSupported: true }]);
  expect(screen.getByRole("button", { name: "Decline and send" })).toBeInTheDocument();
});
