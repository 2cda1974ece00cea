import { Button, toast } from "@medusajs/ui"
import { useUpdateBusinessUnit } from "../../hooks/use-business-units"
import type { BusinessUnit } from "../../../lib/business/contract"
import { FormError } from "../common/field"
import { FormDrawer } from "../common/form-drawer"
import { useFormDrawer } from "../common/use-form-drawer"
import { unitFormFrom, unitInputFrom, validateUnitForm } from "./unit-form"
import { UnitFormFields } from "./unit-form-fields"

export function EditUnitDrawer({ unit }: { unit: BusinessUnit }) {
  const { open, openDrawer, close, values, setValues, errors, serverError, submitWith } = useFormDrawer(() => unitFormFrom(unit), validateUnitForm)
  const update = useUpdateBusinessUnit(unit.id)

  const submit = () =>
    submitWith((values, fail) =>
      update.mutate(unitInputFrom(values, false), {
        onSuccess: () => {
          toast.success("Business unit saved")
          close()
        },
        onError: fail,
      })
    )

  return (
    <>
      <Button size="small" variant="secondary" onClick={() => openDrawer(true)} data-testid="edit-business-unit">
        Edit
      </Button>
      <FormDrawer
        open={open}
        onOpenChange={openDrawer}
        title="Edit business unit"
        onSubmit={submit}
        submitting={update.isPending}
        testId="edit-business-unit-drawer"
        submitTestId="edit-business-unit-submit"
      >
        <FormError message={serverError} />
        <UnitFormFields values={values} errors={errors} onChange={setValues} showParent={false} />
      </FormDrawer>
    </>
  )
}
